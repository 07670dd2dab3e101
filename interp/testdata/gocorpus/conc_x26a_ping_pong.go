package main

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Ball struct {
	hits   int
	player string
}

func player(ctx context.Context, name string, table chan *Ball, log chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case b := <-table:
			b.hits++
			b.player = name
			log <- fmt.Sprintf("%s hit #%d", name, b.hits)
			if b.hits >= 7 {
				log <- name + " wins"
				close(log)
				return
			}
			table <- b
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	table := make(chan *Ball)
	log := make(chan string)
	var wg sync.WaitGroup
	wg.Add(2)
	go player(ctx, "ping", table, log, &wg)
	go player(ctx, "pong", table, log, &wg)
	go func() { table <- &Ball{} }()
	var lines []string
	for l := range log {
		lines = append(lines, l)
	}
	cancel()
	wg.Wait()
	fmt.Println(len(lines), strings.HasSuffix(lines[len(lines)-2], "hit #7"))
	fmt.Println(lines[len(lines)-1] != "")

	var counter atomic.Int64
	var once sync.Once
	var initCount int32
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() { atomic.AddInt32(&initCount, 1) })
			counter.Add(int64(i))
		}()
	}
	wg2.Wait()
	fmt.Println(counter.Load(), atomic.LoadInt32(&initCount))

	// ordered results through per-index channels
	chans := make([]chan string, 5)
	for i := range chans {
		chans[i] = make(chan string, 1)
		go func(i int) { chans[i] <- fmt.Sprintf("job%d=%d", i, i*i) }(i)
	}
	for _, c := range chans {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(fmt.Errorf("shutdown requested"))
	<-ctx2.Done()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))
}
