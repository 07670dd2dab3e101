package main

import (
	"fmt"
	"sync"
)

// Channel rules: only the sender closes, receiving from a closed channel yields
// zero values, sending on a closed channel panics, nil channels block forever
// (useful to disable a select case).

func merge(a, b <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v
			}
		}
	}()
	return out
}

func emit(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

type Broadcaster struct {
	mu     sync.Mutex
	closed bool
	done   chan struct{}
}

func (b *Broadcaster) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.closed { // closing twice panics
		close(b.done)
		b.closed = true
	}
}

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	close(ch)
	for i := range 4 {
		v, ok := <-ch
		fmt.Printf("recv %d: %q %v\n", i, v, ok)
	}

	func() {
		defer func() { fmt.Println("send on closed:", recover()) }()
		ch <- "c"
	}()
	func() {
		defer func() { fmt.Println("close twice:", recover()) }()
		close(ch)
	}()
	func() {
		defer func() { fmt.Println("close nil:", recover()) }()
		var nilCh chan int
		close(nilCh)
	}()

	total, count := 0, 0
	for v := range merge(emit(1, 2, 3), emit(10, 20)) {
		total += v
		count++
	}
	fmt.Println("merged:", count, total)

	// Done channel broadcast to many goroutines.
	b := &Broadcaster{done: make(chan struct{})}
	var wg sync.WaitGroup
	var mu sync.Mutex
	stopped := 0
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-b.done
			mu.Lock()
			stopped++
			mu.Unlock()
		}()
	}
	b.Close()
	b.Close()
	wg.Wait()
	fmt.Println("stopped:", stopped)

	// select with default for non-blocking ops.
	full := make(chan int, 1)
	for i := range 3 {
		select {
		case full <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("dropped", i)
		}
	}
	select {
	case v := <-full:
		fmt.Println("got", v)
	default:
		fmt.Println("empty")
	}

	// Directional channel types.
	var sendOnly chan<- int = full
	var recvOnly <-chan int = full
	sendOnly <- 42
	fmt.Println(<-recvOnly, len(full), cap(full))
	fmt.Printf("%T %T\n", sendOnly, recvOnly)

	// Unbuffered handshake.
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
		fmt.Print(<-pong, " ")
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(ok)
}
