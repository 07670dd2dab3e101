package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrRollback = errors.New("rolled back")

type Tx struct {
	log     []string
	balance map[string]int64
	snap    map[string]int64
}

func (t *Tx) begin() {
	t.snap = make(map[string]int64, len(t.balance))
	for k, v := range t.balance {
		t.snap[k] = v
	}
	t.log = append(t.log, "begin")
}

func (t *Tx) transfer(from, to string, amt int64) {
	if amt <= 0 {
		panic(fmt.Sprintf("invalid amount %d", amt))
	}
	if t.balance[from] < amt {
		panic(fmt.Errorf("%s short by %d", from, amt-t.balance[from]))
	}
	t.balance[from] -= amt
	t.balance[to] += amt
	t.log = append(t.log, fmt.Sprintf("%s->%s:%d", from, to, amt))
}

func (t *Tx) Run(ops func(*Tx)) (err error) {
	t.begin()
	defer func() {
		if r := recover(); r != nil {
			t.balance = t.snap
			t.log = append(t.log, "rollback")
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("%w: %w", ErrRollback, v)
			default:
				err = fmt.Errorf("%w: %v", ErrRollback, v)
			}
			return
		}
		t.log = append(t.log, "commit")
	}()
	ops(t)
	return nil
}

func main() {
	tx := &Tx{balance: map[string]int64{"alice": 100, "bob": 50}}
	err := tx.Run(func(t *Tx) {
		t.transfer("alice", "bob", 30)
		t.transfer("bob", "carol", 70)
	})
	fmt.Println(err, tx.balance)
	err = tx.Run(func(t *Tx) {
		t.transfer("bob", "alice", 10)
		t.transfer("alice", "bob", 500)
	})
	fmt.Println(err, errors.Is(err, ErrRollback), tx.balance)
	err = tx.Run(func(t *Tx) { t.transfer("carol", "alice", -1) })
	fmt.Println(err)
	err = tx.Run(func(t *Tx) {
		var m map[string]int
		m["x"] = 1
	})
	fmt.Println(err)
	fmt.Println(strings.Join(tx.log, " "))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var arr []int
		_ = arr[3]
	}()
}
