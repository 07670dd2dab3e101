// A chat broadcaster in the style of section 8.10, with simulated clients
// instead of network connections. Each client runs a writer goroutine.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type client struct {
	name string
	ch   chan<- string
}

var (
	entering = make(chan client)
	leaving  = make(chan client)
	messages = make(chan string)
)

func broadcaster(done chan<- []string) {
	clients := make(map[client]bool)
	var log []string
	for {
		select {
		case msg, ok := <-messages:
			if !ok {
				for cli := range clients {
					close(cli.ch)
				}
				done <- log
				return
			}
			log = append(log, msg)
			for cli := range clients {
				cli.ch <- msg
			}
		case cli := <-entering:
			clients[cli] = true
			var names []string
			for c := range clients {
				names = append(names, c.name)
			}
			sort.Strings(names)
			cli.ch <- "present: " + strings.Join(names, ",")
		case cli := <-leaving:
			delete(clients, cli)
			close(cli.ch)
		}
	}
}

// transcript collects what a client's connection would have printed.
type transcript struct {
	mu    sync.Mutex
	lines map[string][]string
}

func (t *transcript) add(who, line string) {
	t.mu.Lock()
	t.lines[who] = append(t.lines[who], line)
	t.mu.Unlock()
}

func main() {
	done := make(chan []string)
	go broadcaster(done)
	t := &transcript{lines: map[string][]string{}}
	var writers sync.WaitGroup

	join := func(name string) client {
		ch := make(chan string, 16)
		cli := client{name, ch}
		writers.Add(1)
		go func() {
			defer writers.Done()
			for msg := range ch {
				t.add(name, msg)
			}
		}()
		entering <- cli
		messages <- name + " has arrived"
		return cli
	}

	alice := join("alice")
	messages <- "alice: hello?"
	bob := join("bob")
	messages <- "bob: hi alice"
	carol := join("carol")
	messages <- "carol: what did I miss"
	leaving <- alice
	messages <- "alice has left"
	messages <- "bob: bye carol"
	leaving <- bob
	_ = carol
	close(messages)
	log := <-done
	writers.Wait()

	fmt.Println("server log:")
	for i, m := range log {
		fmt.Printf("%2d %s\n", i+1, m)
	}
	for _, who := range []string{"alice", "bob", "carol"} {
		fmt.Printf("-- %s saw %d lines\n", who, len(t.lines[who]))
		for _, l := range t.lines[who] {
			fmt.Println("   ", l)
		}
	}
}
