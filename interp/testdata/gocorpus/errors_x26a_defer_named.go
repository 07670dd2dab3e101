package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tx struct {
	log       []string
	committed bool
}

func (t *Tx) Exec(q string) error {
	if strings.Contains(q, "DROP") {
		return fmt.Errorf("exec %q: %w", q, errForbidden)
	}
	if strings.Contains(q, "PANIC") {
		panic(fmt.Sprintf("driver crashed on %q", q))
	}
	t.log = append(t.log, q)
	return nil
}

var errForbidden = errors.New("forbidden statement")

func (t *Tx) Rollback() error { t.log = append(t.log, "ROLLBACK"); return nil }
func (t *Tx) Commit() error   { t.committed = true; t.log = append(t.log, "COMMIT"); return nil }

func WithTx(t *Tx, fn func(*Tx) error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			t.Rollback()
			err = fmt.Errorf("panic in tx: %v", p)
			return
		}
		if err != nil {
			if rbErr := t.Rollback(); rbErr != nil {
				err = errors.Join(err, rbErr)
			}
			return
		}
		err = t.Commit()
	}()
	return fn(t)
}

func counter() (n int) {
	defer func() { n *= 2 }()
	for i := 0; i < 5; i++ {
		defer func() { n += i }()
	}
	return 1
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(interface{ RuntimeError() }); ok {
				_ = re
				err = fmt.Errorf("runtime: %v", r)
			}
		}
	}()
	return a / b, nil
}

func main() {
	scripts := [][]string{
		{"INSERT a", "INSERT b"},
		{"INSERT c", "DROP TABLE x", "INSERT d"},
		{"UPDATE e", "PANIC NOW"},
	}
	for _, s := range scripts {
		tx := &Tx{}
		err := WithTx(tx, func(tx *Tx) error {
			for _, q := range s {
				if err := tx.Exec(q); err != nil {
					return err
				}
			}
			return nil
		})
		fmt.Printf("err=%v forbidden=%t committed=%t log=%v\n", err, errors.Is(err, errForbidden), tx.committed, tx.log)
	}
	fmt.Println(counter())
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	func() {
		defer fmt.Println("deferred print sees", len(scripts))
		scripts = scripts[:1]
	}()
	var order []int
	func() {
		for i := range 3 {
			defer func(v int) { order = append(order, v) }(i * 10)
		}
	}()
	fmt.Println(order)
}
