// Mutex: lock() is a Future of a guard; g.value reads and writes the protected value.
let m = Mutex(10);
let g = m.lock().await;
println("value", g.value);
g.value = g.value + 5;
g.value += 1;
g.unlock();
let g2 = m.lock().await;
println("value", g2.value);
g2.value = [1, 2];
g2.value.push(3);
g2.unlock();
let g3 = m.lock().await;
println(g3.value);
g3.unlock();
