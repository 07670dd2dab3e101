// Exercises: select with default, nil channels disabling cases, closing channels to broadcast, merging two sorted channels deterministically
package main

import "fmt"

func emit(xs ...int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func mergeSorted(a, b <-chan int) []int {
	var out []int
	va, oka := <-a
	vb, okb := <-b
	for oka || okb {
		if oka && (!okb || va <= vb) {
			out = append(out, va)
			va, oka = <-a
		} else {
			out = append(out, vb)
			vb, okb = <-b
		}
	}
	return out
}

func main() {
	fmt.Println(mergeSorted(emit(1, 4, 9, 12), emit(2, 3, 10)))
	var nilCh chan int
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-nilCh:
		fmt.Println("never", v)
	case v := <-ready:
		fmt.Println("ready", v)
	}
	select {
	case v := <-ready:
		fmt.Println("again", v)
	default:
		fmt.Println("empty")
	}
	done := make(chan struct{})
	results := make(chan string, 3)
	for i := range 3 {
		go func() {
			<-done
			results <- fmt.Sprint("w", i)
		}()
	}
	close(done)
	got := map[string]bool{}
	for range 3 {
		got[<-results] = true
	}
	fmt.Println(got)
}
