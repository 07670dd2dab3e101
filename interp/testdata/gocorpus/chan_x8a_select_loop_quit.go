// Exercises: done-channel cancellation - closing a channel wakes every receiver; a producer in a select loop stops on done
package main

import "fmt"

func squares(done <-chan struct{}) (<-chan int, <-chan string) {
	out := make(chan int)
	exit := make(chan string, 1)
	go func() {
		defer close(out)
		for n := 1; ; n++ {
			select {
			case <-done:
				exit <- fmt.Sprint("producer stopped after offering ", n)
				return
			case out <- n * n:
			}
		}
	}()
	return out, exit
}

func main() {
	done := make(chan struct{})
	vals, exit := squares(done)
	var got []int
	for len(got) < 4 {
		got = append(got, <-vals)
	}
	close(done)
	msg := <-exit
	fmt.Println("took:", got)
	fmt.Println("stopped:", len(msg) > 0)
	for range vals {
	}
	_, open := <-vals
	fmt.Println("output closed by deferred close:", !open)
	select {
	case <-done:
		fmt.Println("closed done is always ready")
	default:
		fmt.Println("not ready")
	}
}
