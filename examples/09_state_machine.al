// flags: --virtual-time
// Lesson 9: one async fn, several awaits, one state per await. Between polls the
// function's locals live in its suspended frame - the "struct" of the state machine.
// Observe: the list built across the awaits survives them: locals live in the suspended frame.

async fn recipe() {
    let steps = [];
    steps.push("start");
    println("state Start: boiling water");
    sleep(3s).await;                    // state AwaitingSleep
    steps.push("boiled");
    println("state AwaitingSleep done: adding pasta");
    sleep(8s).await;                    // state AwaitingSleep2
    steps.push("cooked");
    println("state AwaitingSleep2 done: serving");
    steps
}

let start = now();
println(recipe().await, "after", start.elapsed());
