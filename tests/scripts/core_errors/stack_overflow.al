fn forever(n) { forever(n + 1) }
forever(0);
