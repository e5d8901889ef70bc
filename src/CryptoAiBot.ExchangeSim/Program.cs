// Placeholder entry point; the simulator's own Program replaces this.
return 0;
