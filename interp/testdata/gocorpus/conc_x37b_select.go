// Multiplexing with select: a countdown that can be aborted, a timeout
// pattern and the nil-channel trick, with events made deterministic.
package main

import (
	"fmt"
	"strings"
	"time"
)

func countdown(ticks <-chan int, abort <-chan struct{}) string {
	for {
		select {
		case n, ok := <-ticks:
			if !ok {
				return "Lift off!"
			}
			fmt.Println(n)
		case <-abort:
			return "Launch aborted!"
		}
	}
}

func ticker(from int) <-chan int {
	ch := make(chan int)
	go func() {
		for i := from; i > 0; i-- {
			ch <- i
		}
		close(ch)
	}()
	return ch
}

// merge reads from two channels until both are closed, disabling each
// case by setting its channel to nil.
func merge(a, b <-chan string) []string {
	var out []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			out = append(out, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			out = append(out, v)
		}
	}
	return out
}

func produce(prefix string, n int) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return ch
}

func main() {
	fmt.Println(countdown(ticker(3), nil))

	abort := make(chan struct{})
	close(abort)
	never := make(chan int)
	fmt.Println(countdown(never, abort))

	got := merge(produce("a", 4), produce("b", 3))
	var as, bs []string
	for _, s := range got {
		if strings.HasPrefix(s, "a") {
			as = append(as, s)
		} else {
			bs = append(bs, s)
		}
	}
	fmt.Println(len(got), as, bs)

	ch := make(chan int, 1)
	for i := range 10 {
		select {
		case x := <-ch:
			fmt.Print(x, " ")
		case ch <- i:
		}
	}
	fmt.Println()

	result := make(chan string)
	go func() {
		time.Sleep(500 * time.Millisecond)
		result <- "slow"
	}()
	select {
	case r := <-result:
		fmt.Println("got", r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}

	done := make(chan struct{})
	select {
	case <-done:
		fmt.Println("done")
	default:
		fmt.Println("no value ready")
	}
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
