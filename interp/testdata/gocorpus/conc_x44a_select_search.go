package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

type Maze map[int][]int

// search explores from src, reporting each found goal on the channel,
// and stops as soon as ctx is cancelled.
func search(ctx context.Context, m Maze, src int, goals map[int]bool, found chan<- [2]int) int {
	visited := map[int]int{src: 0}
	q := []int{src}
	steps := 0
	for len(q) > 0 {
		select {
		case <-ctx.Done():
			return steps
		default:
		}
		u := q[0]
		q = q[1:]
		steps++
		if goals[u] {
			select {
			case found <- [2]int{u, visited[u]}:
			case <-ctx.Done():
				return steps
			}
		}
		for _, v := range m[u] {
			if _, ok := visited[v]; !ok {
				visited[v] = visited[u] + 1
				q = append(q, v)
			}
		}
	}
	return steps
}

func main() {
	m := Maze{}
	for i := 0; i < 30; i++ {
		m[i] = []int{(i + 1) % 30, (i * 3) % 30}
	}
	goals := map[int]bool{7: true, 13: true, 22: true, 29: true}
	ctx, cancel := context.WithCancel(context.Background())
	found := make(chan [2]int)
	done := make(chan int)
	go func() {
		done <- search(ctx, m, 0, goals, found)
	}()
	var got [][2]int
	for len(got) < 2 {
		got = append(got, <-found)
	}
	cancel()
	<-done
	fmt.Println("first two goals (node, depth):", got)
	fmt.Println("ctx err:", ctx.Err())

	var mu sync.Mutex
	var wg sync.WaitGroup
	all := map[int][]int{}
	for _, src := range []int{0, 5, 11} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ch := make(chan [2]int, len(goals))
			search(context.Background(), m, src, goals, ch)
			close(ch)
			for g := range ch {
				mu.Lock()
				all[src] = append(all[src], g[1])
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	srcs := make([]int, 0)
	for s := range all {
		srcs = append(srcs, s)
	}
	sort.Ints(srcs)
	fmt.Println("src  goal depths (bfs order)")
	for _, s := range srcs {
		fmt.Printf("%3d  %v\n", s, all[s])
	}
	timeout, stop := context.WithCancel(context.Background())
	stop()
	fmt.Println("pre-cancelled steps:", search(timeout, m, 0, goals, found))
}
