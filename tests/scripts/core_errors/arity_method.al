let l = [1];
l.push();
