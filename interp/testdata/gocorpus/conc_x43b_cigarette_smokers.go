package main

import (
	"fmt"
	"strings"
	"sync"
)

type Ingredient int

const (
	Tobacco Ingredient = iota
	Paper
	Matches
)

var names = [...]string{"tobacco", "paper", "matches"}

func (i Ingredient) String() string { return names[i] }

type Table struct {
	offers [3]chan struct{}
	done   chan string
}

// Each smoker holds one ingredient and waits for the agent to offer the
// other two (signalled on the smoker's own channel).
func (t *Table) smoker(has Ingredient, wg *sync.WaitGroup) {
	defer wg.Done()
	smoked := 0
	for range t.offers[has] {
		smoked++
		t.done <- fmt.Sprintf("smoker with %v smokes (#%d)", has, smoked)
	}
}

func main() {
	t := &Table{done: make(chan string)}
	for i := range t.offers {
		t.offers[i] = make(chan struct{})
	}
	var wg sync.WaitGroup
	for i := Tobacco; i <= Matches; i++ {
		wg.Add(1)
		go t.smoker(i, &wg)
	}
	// Deterministic agent: which pair is placed on the table each round.
	schedule := [][2]Ingredient{{Paper, Matches}, {Tobacco, Matches}, {Paper, Matches}, {Tobacco, Paper}, {Tobacco, Matches}}
	var lines []string
	for round, pair := range schedule {
		missing := 3 - pair[0] - pair[1]
		t.offers[missing] <- struct{}{}
		lines = append(lines, fmt.Sprintf("round %d: agent puts %v+%v -> %s", round, pair[0], pair[1], <-t.done))
	}
	for _, c := range t.offers {
		close(c)
	}
	wg.Wait()
	fmt.Println(strings.Join(lines, "\n"))
	fmt.Printf("%d %v %q\n", Matches, Matches, Paper)
}
