try { 1 } finally { let t = 1; }
