package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

var ErrNoTxn = errors.New("no transaction in progress")

type tombstone struct{}

type KV struct {
	base  map[string]string
	stack []map[string]any // string or tombstone
}

func NewKV() *KV { return &KV{base: map[string]string{}} }

func (kv *KV) Begin() { kv.stack = append(kv.stack, map[string]any{}) }

func (kv *KV) Set(k, v string) {
	if n := len(kv.stack); n > 0 {
		kv.stack[n-1][k] = v
		return
	}
	kv.base[k] = v
}

func (kv *KV) Delete(k string) {
	if n := len(kv.stack); n > 0 {
		kv.stack[n-1][k] = tombstone{}
		return
	}
	delete(kv.base, k)
}

func (kv *KV) Get(k string) (string, bool) {
	for i := len(kv.stack) - 1; i >= 0; i-- {
		if v, ok := kv.stack[i][k]; ok {
			switch v := v.(type) {
			case string:
				return v, true
			case tombstone:
				return "", false
			}
		}
	}
	v, ok := kv.base[k]
	return v, ok
}

func (kv *KV) Rollback() error {
	if len(kv.stack) == 0 {
		return ErrNoTxn
	}
	kv.stack = kv.stack[:len(kv.stack)-1]
	return nil
}

func (kv *KV) Commit() error {
	n := len(kv.stack)
	if n == 0 {
		return ErrNoTxn
	}
	top := kv.stack[n-1]
	kv.stack = kv.stack[:n-1]
	if n > 1 {
		maps.Copy(kv.stack[n-2], top)
		return nil
	}
	for k, v := range top {
		if s, ok := v.(string); ok {
			kv.base[k] = s
		} else {
			delete(kv.base, k)
		}
	}
	return nil
}

// Update runs fn in a transaction, committing on success and rolling back
// on error or panic.
func (kv *KV) Update(fn func(*KV) error) (err error) {
	kv.Begin()
	defer func() {
		if r := recover(); r != nil {
			kv.Rollback()
			err = fmt.Errorf("txn panicked: %v", r)
			return
		}
		if err != nil {
			kv.Rollback()
			return
		}
		err = kv.Commit()
	}()
	return fn(kv)
}

func (kv *KV) String() string {
	keys := slices.Sorted(maps.Keys(kv.base))
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%s ", k, kv.base[k])
	}
	return fmt.Sprintf("{%s} depth=%d", strings.TrimSpace(sb.String()), len(kv.stack))
}

func main() {
	kv := NewKV()
	script := `SET a 10
SET b 20
BEGIN
SET a 30
GET a
BEGIN
DELETE a
GET a
ROLLBACK
GET a
BEGIN
SET c 5
COMMIT
COMMIT
GET c
ROLLBACK
COMMIT
GET zz`
	for _, line := range strings.Split(script, "\n") {
		f := strings.Fields(line)
		var out string
		switch f[0] {
		case "SET":
			kv.Set(f[1], f[2])
		case "DELETE":
			kv.Delete(f[1])
		case "GET":
			if v, ok := kv.Get(f[1]); ok {
				out = v
			} else {
				out = "NULL"
			}
		case "BEGIN":
			kv.Begin()
		case "ROLLBACK":
			if err := kv.Rollback(); err != nil {
				out = err.Error()
			}
		case "COMMIT":
			if err := kv.Commit(); err != nil {
				out = err.Error()
			}
		}
		fmt.Printf("%-10s %s\n", line, out)
	}
	fmt.Println(kv)

	err := kv.Update(func(tx *KV) error {
		tx.Set("balance", "100")
		tx.Delete("b")
		return nil
	})
	fmt.Println(err, kv)
	err = kv.Update(func(tx *KV) error {
		tx.Set("balance", "-5")
		return errors.New("negative balance")
	})
	fmt.Println(err, kv)
	err = kv.Update(func(tx *KV) error {
		tx.Set("a", "999")
		var m map[string]int
		m["boom"]++
		return nil
	})
	fmt.Println(err, kv)
	fmt.Println(errors.Is(kv.Commit(), ErrNoTxn))
}
