package main

import (
	"errors"
	"fmt"
	"sync"
)

type Vote int

const (
	VoteCommit Vote = iota
	VoteAbort
)

func (v Vote) String() string {
	if v == VoteCommit {
		return "COMMIT"
	}
	return "ABORT"
}

type Participant interface {
	Name() string
	Prepare(tx int) Vote
	Finish(tx int, commit bool)
}

type DB struct {
	name    string
	failOn  map[int]bool
	mu      sync.Mutex
	applied []int
}

func (d *DB) Name() string { return d.name }
func (d *DB) Prepare(tx int) Vote {
	if d.failOn[tx] {
		return VoteAbort
	}
	return VoteCommit
}
func (d *DB) Finish(tx int, commit bool) {
	if commit {
		d.mu.Lock()
		d.applied = append(d.applied, tx)
		d.mu.Unlock()
	}
}

var ErrAborted = errors.New("transaction aborted")

func Coordinate(tx int, ps []Participant) error {
	votes := make([]Vote, len(ps))
	var wg sync.WaitGroup
	for i, p := range ps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			votes[i] = p.Prepare(tx)
		}()
	}
	wg.Wait()
	commit := true
	var blame []string
	for i, v := range votes {
		if v == VoteAbort {
			commit = false
			blame = append(blame, ps[i].Name())
		}
	}
	for _, p := range ps {
		p.Finish(tx, commit)
	}
	if !commit {
		return fmt.Errorf("tx %d: %w (votes %v, blamed %q)", tx, ErrAborted, votes, blame)
	}
	return nil
}

func main() {
	a := &DB{name: "orders", failOn: map[int]bool{2: true}}
	b := &DB{name: "stock", failOn: map[int]bool{2: true, 4: true}}
	c := &DB{name: "billing"}
	ps := []Participant{a, b, c}
	for tx := 1; tx <= 5; tx++ {
		if err := Coordinate(tx, ps); err != nil {
			fmt.Println(err, errors.Is(err, ErrAborted))
		} else {
			fmt.Printf("tx %d committed\n", tx)
		}
	}
	for _, p := range ps {
		db := p.(*DB)
		fmt.Printf("%-8s %v\n", db.name, db.applied)
	}
}
