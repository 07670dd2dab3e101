package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

var known = map[string]bool{}

func init() {
	for _, w := range strings.Fields("the a of to and is in it that was for on are with as his they be at one have this from") {
		known[w] = true
	}
}

type typo struct {
	line int
	word string
}

func main() {
	text := []string{
		"teh cat is on the mat",
		"it was for one of them",
		"they be at the hosue",
		"this from that wiht a",
	}
	typos := make(chan typo)
	done := make(chan struct{})
	var checked atomic.Int64
	var wg sync.WaitGroup
	for i, line := range text {
		wg.Add(1)
		go func(n int, l string) {
			defer wg.Done()
			for _, w := range strings.Fields(l) {
				checked.Add(1)
				if !known[w] {
					typos <- typo{n + 1, w}
				}
			}
		}(i, line)
	}
	go func() {
		wg.Wait()
		close(done)
	}()

	var found []typo
	var once sync.Once
	firstReport := ""
loop:
	for {
		select {
		case t := <-typos:
			found = append(found, t)
			once.Do(func() { firstReport = "at least one typo" })
		case <-done:
			break loop
		}
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].line != found[j].line {
			return found[i].line < found[j].line
		}
		return found[i].word < found[j].word
	})
	fmt.Println(firstReport)
	for _, t := range found {
		fmt.Printf("line %d: %q\n", t.line, t.word)
	}
	fmt.Println("checked", checked.Load(), "words,", len(found), "unknown")

	results := make(chan string, 3)
	results <- "buffered-1"
	results <- "buffered-2"
	close(results)
	for r := range results {
		fmt.Print(r, " ")
	}
	fmt.Println()
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println(len(known))
	rw.RUnlock()
}
