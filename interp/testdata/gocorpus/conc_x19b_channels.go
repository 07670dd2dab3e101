package main

import "fmt"

func producer(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i * i
		}
	}()
	return ch
}

func merge(a, b <-chan int) []int {
	var out []int
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

func main() {
	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf))
	close(buf)
	for s := range buf {
		fmt.Print(s, " ")
	}
	v, ok := <-buf
	fmt.Printf("%q %v\n", v, ok)

	full := make(chan int, 1)
	for i := range 3 {
		select {
		case full <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}

	var nilCh chan int
	select {
	case x := <-nilCh:
		fmt.Println("impossible", x)
	default:
		fmt.Println("nil channel never ready")
	}

	total := 0
	for v := range producer(5) {
		total += v
	}
	fmt.Println("total", total)

	got := merge(producer(4), producer(3))
	sum := 0
	for _, g := range got {
		sum += g
	}
	fmt.Println(len(got), sum)

	done := make(chan struct{})
	results := make(chan int)
	go func() {
		for i := 1; ; i++ {
			select {
			case results <- i:
			case <-done:
				close(results)
				return
			}
		}
	}()
	for r := range results {
		if r == 4 {
			close(done)
			break
		}
		fmt.Print(r, " ")
	}
	fmt.Println()

	var send chan<- int = full
	var recv <-chan int = full
	fmt.Printf("%T %T %v\n", send, recv, <-recv)
}
