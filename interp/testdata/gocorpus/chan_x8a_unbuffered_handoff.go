// Exercises: unbuffered channels - a request carries its own reply channel; each send completes only when received
package main

import "fmt"

type request struct {
	text  string
	reply chan int
}

func server(reqs chan request) {
	for r := range reqs {
		r.reply <- len(r.text)
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for _, w := range []string{"a", "bb", "héllo"} {
		rc := make(chan int)
		reqs <- request{w, rc}
		fmt.Println("length of", w, "=", <-rc)
	}
	close(reqs)
	token := make(chan string)
	finished := make(chan bool)
	go func() {
		t := <-token
		t += "+worker"
		token <- t
		finished <- true
	}()
	token <- "main"
	fmt.Println("token came back:", <-token, <-finished)
	fmt.Println("unbuffered len/cap:", len(token), cap(token))
}
