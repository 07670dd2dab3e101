package main

import "fmt"

type Queue struct {
	ch chan int
}

func (q *Queue) TryPut(v int) bool {
	select {
	case q.ch <- v:
		return true
	default:
		return false
	}
}

func (q *Queue) TryGet() (int, bool) {
	select {
	case v := <-q.ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	messages := make(chan string)
	signals := make(chan bool)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	q := &Queue{ch: make(chan int, 3)}
	for i := range 5 {
		fmt.Printf("put %d: %v\n", i, q.TryPut(i))
	}
	for {
		v, ok := q.TryGet()
		if !ok {
			fmt.Println("queue empty")
			break
		}
		fmt.Println("got", v)
	}

	var nilCh chan int
	select {
	case v := <-nilCh:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
}
