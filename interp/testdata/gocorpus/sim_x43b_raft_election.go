package main

import (
	"fmt"
	"sort"
	"strings"
)

type Role int

const (
	Follower Role = iota
	Candidate
	Leader
)

func (r Role) String() string {
	return [...]string{"Follower", "Candidate", "Leader"}[r]
}

type Node struct {
	ID       int
	Term     int
	VotedFor int
	Role     Role
	Up       bool
}

type Cluster struct {
	nodes []*Node
}

func (c *Cluster) RequestVotes(cand *Node) int {
	votes := 1
	for _, n := range c.nodes {
		if n == cand || !n.Up {
			continue
		}
		if cand.Term > n.Term {
			n.Term = cand.Term
			n.VotedFor = -1
			n.Role = Follower
		}
		if cand.Term == n.Term && (n.VotedFor == -1 || n.VotedFor == cand.ID) {
			n.VotedFor = cand.ID
			votes++
		}
	}
	return votes
}

func (c *Cluster) Timeout(id int) {
	n := c.nodes[id]
	if !n.Up {
		fmt.Printf("  node %d is down, ignores timeout\n", id)
		return
	}
	n.Term++
	n.Role = Candidate
	n.VotedFor = id
	votes := c.RequestVotes(n)
	if votes > len(c.nodes)/2 {
		n.Role = Leader
	}
	fmt.Printf("  node %d term %d got %d votes -> %v\n", id, n.Term, votes, n.Role)
}

func (c *Cluster) Leaders() []string {
	var out []string
	for _, n := range c.nodes {
		if n.Role == Leader && n.Up {
			out = append(out, fmt.Sprintf("n%d@t%d", n.ID, n.Term))
		}
	}
	sort.Strings(out)
	return out
}

type Event struct {
	Kind string
	Node int
}

func main() {
	c := &Cluster{}
	for i := 0; i < 5; i++ {
		c.nodes = append(c.nodes, &Node{ID: i, VotedFor: -1, Up: true})
	}
	schedule := []Event{
		{"timeout", 2}, {"crash", 2}, {"timeout", 0}, {"crash", 3},
		{"timeout", 4}, {"restart", 2}, {"timeout", 2}, {"crash", 1}, {"timeout", 1},
	}
	for step, ev := range schedule {
		fmt.Printf("step %d: %s %d\n", step, ev.Kind, ev.Node)
		switch ev.Kind {
		case "timeout":
			c.Timeout(ev.Node)
		case "crash":
			c.nodes[ev.Node].Up = false
		case "restart":
			c.nodes[ev.Node].Up = true
			c.nodes[ev.Node].Role = Follower
		}
		fmt.Printf("  leaders: [%s]\n", strings.Join(c.Leaders(), ", "))
	}
	for _, n := range c.nodes {
		fmt.Printf("%+v\n", *n)
	}
}
