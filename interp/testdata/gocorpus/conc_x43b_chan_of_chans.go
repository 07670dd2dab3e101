package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Op    string
	Key   string
	Value int
	Reply chan Response
}

type Response struct {
	Value int
	OK    bool
}

// kvServer owns its map; clients talk to it through request channels
// carrying their own reply channel.
func kvServer(reqs <-chan Request) {
	store := map[string]int{}
	for r := range reqs {
		switch r.Op {
		case "get":
			v, ok := store[r.Key]
			r.Reply <- Response{v, ok}
		case "put":
			store[r.Key] = r.Value
			r.Reply <- Response{r.Value, true}
		case "incr":
			store[r.Key] += r.Value
			r.Reply <- Response{store[r.Key], true}
		case "del":
			_, ok := store[r.Key]
			delete(store, r.Key)
			r.Reply <- Response{0, ok}
		default:
			r.Reply <- Response{}
		}
	}
}

type Client struct{ reqs chan<- Request }

func (c Client) Do(op, key string, v int) Response {
	reply := make(chan Response)
	c.reqs <- Request{op, key, v, reply}
	return <-reply
}

func main() {
	reqs := make(chan Request)
	go kvServer(reqs)
	c := Client{reqs}
	script := "put a 5;get a;incr a 3;incr b 1;get b;del a;get a;del a;bogus x 0"
	for _, line := range strings.Split(script, ";") {
		f := strings.Fields(line)
		v := 0
		if len(f) == 3 {
			fmt.Sscan(f[2], &v)
		}
		r := c.Do(f[0], f[1], v)
		fmt.Printf("%-10s => %+v\n", line, r)
	}
	done := make(chan int)
	for i := 0; i < 5; i++ {
		go func() { c.Do("incr", "hits", 2); done <- i }()
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	fmt.Println(c.Do("get", "hits", 0))
	close(reqs)
}
