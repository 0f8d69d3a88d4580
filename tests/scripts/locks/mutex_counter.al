// flags: --virtual-time
let m = Mutex(0);
async fn add(m, name) {
    for i in 0..3 {
        let g = m.lock().await;
        let v = g.value;
        yield_now().await;
        g.value = v + 1;
        g.unlock();
    }
}
join(add(m, "a"), add(m, "b"), add(m, "c")).await;
let g = m.lock().await;
println(g.value);
g.unlock();
