package main

import (
	"fmt"
	"sort"
	"sync"
)

type Match struct {
	A, B   string
	Winner string
}

func play(a, b string) string {
	h := 0
	for _, c := range a + "|" + b {
		h = h*31 + int(c)
	}
	if h%2 == 0 {
		return a
	}
	return b
}

func round(players []string) []Match {
	results := make([]Match, len(players)/2)
	var wg sync.WaitGroup
	for i := 0; i+1 < len(players); i += 2 {
		wg.Add(1)
		go func(idx int, a, b string) {
			defer wg.Done()
			results[idx] = Match{a, b, play(a, b)}
		}(i/2, players[i], players[i+1])
	}
	wg.Wait()
	return results
}

func main() {
	players := []string{"ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen"}
	wins := map[string]int{}
	var once sync.Once
	announce := func() { fmt.Println("tournament begins with", len(players), "players") }
	for r := 1; len(players) > 1; r++ {
		once.Do(announce)
		ms := round(players)
		next := make([]string, 0, len(ms))
		for _, m := range ms {
			fmt.Printf("round %d: %s vs %s -> %s\n", r, m.A, m.B, m.Winner)
			wins[m.Winner]++
			next = append(next, m.Winner)
		}
		players = next
	}
	fmt.Println("champion:", players[0])

	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range wins {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].v != all[j].v {
			return all[i].v > all[j].v
		}
		return all[i].k < all[j].k
	})
	fmt.Println(all)

	sem := make(chan struct{}, 2)
	out := make(chan string, 8)
	var wg sync.WaitGroup
	for _, p := range []string{"ant", "bee", "cat", "dog"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			out <- p + " signed"
			<-sem
		}()
	}
	wg.Wait()
	close(out)
	var signed []string
	for s := range out {
		signed = append(signed, s)
	}
	sort.Strings(signed)
	fmt.Println(signed)
}
