// Reduced from conc_x28a_prime_sieve_channels.go (draining a cancelled pipeline with
// `_, ok := <-early; for ok { _, ok = <-early }`). In the program the failing statement
// runs only when the producer goroutine wins a select race, so there the crash comes and
// goes from run to run; here it is certain.
// The comma-ok receive in an assignment (not :=) with the blank identifier on the left,
// `_, ok = <-ch`, crashes the session.
// Go prints:      true
// session:        panic: reflect.Set: value of type int is not assignable to type bool
// (both styles; with `_, ok := <-ch`, or `v, ok = <-ch`, it works. At top level the
// message names another type, e.g. "... to type chan int" or "... to type sync.Mutex")

package main

import "fmt"

func recv(ch chan int) bool {
	var ok bool
	_, ok = <-ch
	return ok
}

func main() {
	ch := make(chan int, 2)
	ch <- 1
	fmt.Println(recv(ch))
}
