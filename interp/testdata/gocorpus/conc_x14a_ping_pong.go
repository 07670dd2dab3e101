package main

import (
	"fmt"
	"strings"
	"sync"
)

type Ball struct {
	Hits    int
	Players []string
}

func player(name string, table chan *Ball, done chan<- string, limit int, wg *sync.WaitGroup) {
	defer wg.Done()
	for ball := range table {
		ball.Hits++
		ball.Players = append(ball.Players, name)
		if ball.Hits >= limit {
			done <- fmt.Sprintf("%s ends the rally at %d hits", name, ball.Hits)
			close(table)
			return
		}
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan string, 1)
	var wg sync.WaitGroup
	ball := &Ball{}
	wg.Add(1)
	go player("ping", table, done, 7, &wg)
	table <- ball
	wg.Add(1)
	go player("pong", table, done, 7, &wg)
	msg := <-done
	wg.Wait()
	fmt.Println(ball.Hits, len(ball.Players))

	turn := []chan struct{}{make(chan struct{}), make(chan struct{}), make(chan struct{})}
	var out strings.Builder
	var wg2 sync.WaitGroup
	for i, name := range []string{"A", "B", "C"} {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for round := 0; round < 3; round++ {
				<-turn[i]
				fmt.Fprintf(&out, "%s%d ", name, round)
				if i < 2 || round < 2 {
					turn[(i+1)%3] <- struct{}{}
				}
			}
		}()
	}
	turn[0] <- struct{}{}
	wg2.Wait()
	fmt.Println(out.String())
	_ = msg
	results := make([]int, 5)
	var wg3 sync.WaitGroup
	for i := range results {
		wg3.Add(1)
		go func() {
			defer wg3.Done()
			s := 0
			for j := 0; j <= i*100; j++ {
				s += j
			}
			results[i] = s
		}()
	}
	wg3.Wait()
	fmt.Println(results)
	sem := make(chan struct{}, 2)
	var mu sync.Mutex
	maxActive, active := 0, 0
	var wg4 sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg4.Wait()
	fmt.Println("max concurrent <= 2:", maxActive <= 2, active)
}
