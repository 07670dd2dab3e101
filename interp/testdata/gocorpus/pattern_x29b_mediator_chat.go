package main

import (
	"fmt"
	"slices"
	"strings"
)

type Mediator interface {
	Register(p Participant)
	Send(from, to, text string) error
	Broadcast(from, text string) int
}

type Participant interface {
	Name() string
	Receive(from, text string)
}

type user struct {
	name  string
	inbox []string
	muted map[string]bool
}

func newUser(name string, muted ...string) *user {
	u := &user{name: name, muted: map[string]bool{}}
	for _, m := range muted {
		u.muted[m] = true
	}
	return u
}

func (u *user) Name() string { return u.name }
func (u *user) Receive(from, text string) {
	if u.muted[from] {
		return
	}
	u.inbox = append(u.inbox, from+": "+text)
}

type bot struct {
	room    Mediator
	replies int
}

func (b *bot) Name() string { return "bot" }
func (b *bot) Receive(from, text string) {
	if cmd, ok := strings.CutPrefix(text, "!"); ok && b.replies < 3 {
		b.replies++
		switch cmd {
		case "time":
			b.room.Send("bot", from, "it is 12:00")
		case "help":
			b.room.Send("bot", from, "commands: !time !help")
		default:
			b.room.Send("bot", from, fmt.Sprintf("unknown command %q", cmd))
		}
	}
}

type room struct {
	members map[string]Participant
	order   []string
	log     []string
}

func (r *room) Register(p Participant) {
	if r.members == nil {
		r.members = map[string]Participant{}
	}
	r.members[p.Name()] = p
	r.order = append(r.order, p.Name())
}

func (r *room) Send(from, to, text string) error {
	p, ok := r.members[to]
	if !ok {
		return fmt.Errorf("%s -> %s: no such member", from, to)
	}
	r.log = append(r.log, fmt.Sprintf("%s->%s", from, to))
	p.Receive(from, text)
	return nil
}

func (r *room) Broadcast(from, text string) int {
	n := 0
	for _, name := range r.order {
		if name != from {
			r.members[name].Receive(from, text)
			n++
		}
	}
	r.log = append(r.log, fmt.Sprintf("%s->*", from))
	return n
}

func main() {
	r := &room{}
	alice, bob, carol := newUser("alice"), newUser("bob", "carol"), newUser("carol")
	for _, p := range []Participant{alice, bob, carol, &bot{room: r}} {
		r.Register(p)
	}
	fmt.Println(r.Broadcast("alice", "hi all"))
	fmt.Println(r.Broadcast("carol", "hey"))
	fmt.Println(r.Send("bob", "alice", "lunch?"))
	fmt.Println(r.Send("bob", "dave", "hello?"))
	r.Send("alice", "bot", "!time")
	r.Send("carol", "bot", "!dance")
	r.Broadcast("bob", "!help")

	for _, u := range []*user{alice, bob, carol} {
		fmt.Printf("%s (%d): %s\n", u.name, len(u.inbox), strings.Join(u.inbox, " | "))
	}
	fmt.Println(r.log)
	b := r.members["bot"].(*bot)
	fmt.Println("bot replies:", b.replies, slices.Contains(r.order, "bot"))
}
