// Exercises: a server goroutine owning state, answering requests that carry their own reply channel.
package main

import "fmt"

type request struct {
	op    string
	key   string
	value int
	reply chan int
}

func server(reqs <-chan request) {
	state := map[string]int{}
	for r := range reqs {
		switch r.op {
		case "set":
			state[r.key] = r.value
			r.reply <- r.value
		case "get":
			r.reply <- state[r.key]
		case "add":
			state[r.key] += r.value
			r.reply <- state[r.key]
		case "len":
			r.reply <- len(state)
		}
	}
}

func call(reqs chan<- request, op, key string, v int) int {
	reply := make(chan int)
	reqs <- request{op, key, v, reply}
	return <-reply
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	fmt.Println(call(reqs, "set", "a", 10))
	fmt.Println(call(reqs, "add", "a", 5))
	fmt.Println(call(reqs, "add", "b", 1))
	fmt.Println(call(reqs, "get", "a", 0), call(reqs, "get", "zzz", 0))
	fmt.Println(call(reqs, "len", "", 0))
	close(reqs)
}
