package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Lobby struct {
	mu      sync.RWMutex
	players map[string]int
	joins   atomic.Int64
}

func (l *Lobby) Join(name string, rating int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.players[name] = rating
	l.joins.Add(1)
}

func (l *Lobby) Snapshot() []string {
	l.mu.RLock()
	defer l.mu.RUnlock()
	out := make([]string, 0, len(l.players))
	for n, r := range l.players {
		out = append(out, fmt.Sprintf("%s(%d)", n, r))
	}
	sort.Strings(out)
	return out
}

func matchmaker(in <-chan string, lobby *Lobby, pairs chan<- [2]string) {
	var waiting []string
	for name := range in {
		waiting = append(waiting, name)
		if len(waiting) == 2 {
			lobby.mu.RLock()
			a, b := waiting[0], waiting[1]
			if lobby.players[a] > lobby.players[b] {
				a, b = b, a
			}
			lobby.mu.RUnlock()
			pairs <- [2]string{a, b}
			waiting = waiting[:0]
		}
	}
	if len(waiting) > 0 {
		pairs <- [2]string{waiting[0], "bot"}
	}
	close(pairs)
}

func main() {
	lobby := &Lobby{players: map[string]int{}}
	names := strings.Fields("zed amy kim lou max")
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lobby.Join(n, 1000+i*37%5*50)
		}()
	}
	wg.Wait()
	fmt.Println("joined:", lobby.joins.Load(), lobby.Snapshot())

	in := make(chan string)
	pairs := make(chan [2]string)
	go matchmaker(in, lobby, pairs)
	go func() {
		for _, n := range names {
			in <- n
		}
		close(in)
	}()
	for p := range pairs {
		fmt.Printf("match: %s vs %s\n", p[0], p[1])
	}

	results := make(chan string)
	done := make(chan bool)
	go func() {
		var got []string
		for {
			select {
			case r, ok := <-results:
				if !ok {
					sort.Strings(got)
					fmt.Println("results:", got)
					done <- true
					return
				}
				got = append(got, r)
			}
		}
	}()
	for _, n := range names[:3] {
		results <- n + " wins"
	}
	close(results)
	<-done
}
