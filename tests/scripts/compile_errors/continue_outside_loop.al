// exit: 1
continue;
