let ch = channel();
let m = Mutex(0);
sleep(10ms);
ch.send(1);
m.lock();
ch.recv();
yield_now();
join(sleep(1ms));
for i in 0..3 { sleep(1ms); }
println("ran");
