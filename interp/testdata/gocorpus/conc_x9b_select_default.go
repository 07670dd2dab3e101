// Exercises: select with default for non-blocking send and receive, a buffered channel as a bounded queue that drops when full, nil channels disabling select cases.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	q := make(chan int, 3)
	var dropped []int
	for i := 1; i <= 5; i++ {
		if !trySend(q, i*i) {
			dropped = append(dropped, i)
		}
	}
	fmt.Println("dropped", dropped, "len", len(q))
	for v, ok := tryRecv(q); ok; v, ok = tryRecv(q) {
		fmt.Print(v, " ")
	}
	fmt.Println()

	a, b := make(chan int, 2), make(chan int, 2)
	a <- 1
	a <- 2
	b <- 10
	close(a)
	close(b)
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
	var never chan int
	select {
	case <-never:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel never ready")
	}
}
