package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Node struct {
	ID    int
	mu    sync.Mutex
	known map[string]bool
	peers []*Node
}

func (n *Node) Learn(rumors []string) int {
	n.mu.Lock()
	defer n.mu.Unlock()
	added := 0
	for _, r := range rumors {
		if !n.known[r] {
			n.known[r] = true
			added++
		}
	}
	return added
}

func (n *Node) Snapshot() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	out := make([]string, 0, len(n.known))
	for r := range n.known {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}

func main() {
	const N = 6
	nodes := make([]*Node, N)
	for i := range nodes {
		nodes[i] = &Node{ID: i, known: map[string]bool{}}
	}
	for i, n := range nodes {
		n.peers = []*Node{nodes[(i+1)%N], nodes[(i+3)%N]}
	}
	nodes[0].Learn([]string{"leader=n0"})
	nodes[4].Learn([]string{"epoch=7"})
	for round := 1; ; round++ {
		snaps := make([][]string, N)
		for i, n := range nodes {
			snaps[i] = n.Snapshot()
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		total := 0
		for i, n := range nodes {
			for _, p := range n.peers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					a := p.Learn(snaps[i])
					mu.Lock()
					total += a
					mu.Unlock()
				}()
			}
		}
		wg.Wait()
		var row []string
		for _, n := range nodes {
			row = append(row, fmt.Sprint(len(n.Snapshot())))
		}
		fmt.Printf("round %d: +%d  [%s]\n", round, total, strings.Join(row, " "))
		if total == 0 {
			break
		}
	}
	fmt.Println(nodes[3].Snapshot())
}
