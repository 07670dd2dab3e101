package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Proc  string
	Clock int
	Desc  string
}

type Process struct {
	Name  string
	Clock int
	Inbox chan Msg
	Log   []Event
}

type Msg struct {
	From  string
	Clock int
	Body  string
}

func (p *Process) tick(desc string) {
	p.Clock++
	p.Log = append(p.Log, Event{p.Name, p.Clock, desc})
}

func (p *Process) Send(to *Process, body string) {
	p.tick("send " + body + " to " + to.Name)
	to.Inbox <- Msg{p.Name, p.Clock, body}
}

func (p *Process) Receive() {
	m := <-p.Inbox
	p.Clock = max(p.Clock, m.Clock)
	p.tick(fmt.Sprintf("recv %s from %s", m.Body, m.From))
}

func main() {
	procs := map[string]*Process{}
	for _, n := range []string{"P1", "P2", "P3"} {
		procs[n] = &Process{Name: n, Inbox: make(chan Msg, 4)}
	}
	p1, p2, p3 := procs["P1"], procs["P2"], procs["P3"]
	script := []func(){
		func() { p1.tick("local a") },
		func() { p1.Send(p2, "m1") },
		func() { p3.tick("local b") },
		func() { p3.tick("local c") },
		func() { p3.Send(p2, "m2") },
		func() { p2.Receive() },
		func() { p2.Receive() },
		func() { p2.Send(p1, "m3") },
		func() { p1.Receive() },
		func() { p3.tick("local d") },
	}
	for _, step := range script {
		step()
	}
	var all []Event
	for _, p := range procs {
		all = append(all, p.Log...)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Clock != all[j].Clock {
			return all[i].Clock < all[j].Clock
		}
		return all[i].Proc < all[j].Proc
	})
	for _, e := range all {
		fmt.Printf("%2d %s %s\n", e.Clock, e.Proc, e.Desc)
	}
	var finals []string
	for _, n := range []string{"P1", "P2", "P3"} {
		finals = append(finals, fmt.Sprintf("%s=%d", n, procs[n].Clock))
	}
	fmt.Println(strings.Join(finals, " "))
}
