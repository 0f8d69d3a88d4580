// flags: --virtual-time
// Under --virtual-time a task waiting on a socket is idle: when no socket has anything, the
// clock jumps to the next timer (as Tokio's paused clock auto-advances), and what a socket
// has is read first.
import std.net;
let l = net.listen("127.0.0.1", 0).await;
let start = now();
println(try { timeout(1s, l.accept()).await } catch e { e.message }, now() - start);

// A server and a client in one script, with timeouts around every wait and sleeps between.
let srv = spawn(async {
    let c = timeout(5s, l.accept()).await;
    let line = timeout(5s, c.read_line()).await;
    c.write("echo " + line + "\n").await;
    line
});
sleep(1s).await;
let c = net.connect("127.0.0.1", l.port).await;
sleep(2s).await;
c.write("hello\n").await;
println(timeout(5s, c.read_line()).await, now() - start);
println(srv.await);
println(try { timeout(250ms, c.read_line()).await } catch e { e.message }, now() - start);
