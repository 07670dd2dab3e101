package main

import (
	"fmt"
	"strings"
)

type Command struct {
	Player string
	Text   string
	Reply  chan string
}

type server struct {
	positions map[string]int
	log       []string
}

func (s *server) handle(c Command) string {
	switch {
	case strings.HasPrefix(c.Text, "move "):
		var n int
		if _, err := fmt.Sscanf(c.Text, "move %d", &n); err != nil {
			return "bad move: " + err.Error()
		}
		s.positions[c.Player] += n
		return fmt.Sprintf("%s now at %d", c.Player, s.positions[c.Player])
	case c.Text == "where":
		return fmt.Sprint(s.positions)
	default:
		return "unknown command " + fmt.Sprintf("%q", c.Text)
	}
}

func run(cmds <-chan Command, quit <-chan struct{}, done chan<- []string) {
	s := &server{positions: map[string]int{}}
	for {
		select {
		case c := <-cmds:
			r := s.handle(c)
			s.log = append(s.log, c.Player+":"+c.Text)
			c.Reply <- r
		case <-quit:
			done <- s.log
			return
		}
	}
}

func main() {
	cmds := make(chan Command)
	quit := make(chan struct{})
	done := make(chan []string)
	go run(cmds, quit, done)
	script := []struct{ who, what string }{
		{"ann", "move 3"}, {"bob", "move 5"}, {"ann", "move x"},
		{"bob", "jump"}, {"ann", "move 4"}, {"bob", "where"},
	}
	for _, s := range script {
		reply := make(chan string, 1)
		cmds <- Command{s.who, s.what, reply}
		fmt.Printf("%-4s %-8q => %s\n", s.who, s.what, <-reply)
	}
	close(quit)
	log := <-done
	fmt.Println(len(log), "commands:", strings.Join(log, ", "))
}
