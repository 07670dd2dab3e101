// Exercises: recovering from sending on a closed channel and closing a channel twice.
package main

import "fmt"

func trySend(ch chan int, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("send %d: %v", v, r)
		}
	}()
	ch <- v
	return nil
}

func tryClose(ch chan int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("close: %v", r)
		}
	}()
	close(ch)
	return nil
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(trySend(ch, 1))
	fmt.Println(tryClose(ch))
	fmt.Println(trySend(ch, 2))
	fmt.Println(tryClose(ch))
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	var nilCh chan int
	fmt.Println(tryClose(nilCh))
}
