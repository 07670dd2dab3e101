// Exercises: channels of channels: requests carrying their own reply channel served by one goroutine that owns the state, a quit channel, closing and ranging.
package main

import "fmt"

type request struct {
	op    string
	key   string
	val   int
	reply chan int
}

func server(reqs chan request, quit chan struct{}) {
	store := map[string]int{}
	for {
		select {
		case r := <-reqs:
			switch r.op {
			case "set":
				store[r.key] = r.val
				r.reply <- len(store)
			case "get":
				r.reply <- store[r.key]
			case "add":
				store[r.key] += r.val
				r.reply <- store[r.key]
			}
		case <-quit:
			return
		}
	}
}

func call(reqs chan request, op, key string, val int) int {
	reply := make(chan int)
	reqs <- request{op, key, val, reply}
	return <-reply
}

func main() {
	reqs := make(chan request)
	quit := make(chan struct{})
	done := make(chan bool)
	go func() { server(reqs, quit); done <- true }()
	fmt.Println(call(reqs, "set", "a", 1), call(reqs, "set", "b", 2), call(reqs, "set", "a", 5))
	fmt.Println(call(reqs, "add", "a", 10), call(reqs, "get", "b", 0), call(reqs, "get", "zz", 0))

	replies := make(chan chan string, 3)
	for _, name := range []string{"x", "y", "z"} {
		ch := make(chan string, 1)
		replies <- ch
		go func() { ch <- "hello " + name }()
	}
	close(replies)
	for ch := range replies {
		fmt.Println(<-ch)
	}
	close(quit)
	fmt.Println(<-done)
}
