package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type LockMode int

const (
	Shared LockMode = iota + 1
	Exclusive
)

func (m LockMode) String() string {
	return map[LockMode]string{Shared: "S", Exclusive: "X"}[m]
}

type LockError struct {
	Txn, Holder string
	Res         string
	Mode        LockMode
}

func (e LockError) Error() string {
	return fmt.Sprintf("%s cannot get %v lock on %s (held by %s)", e.Txn, e.Mode, e.Res, e.Holder)
}

type LockManager struct {
	holders map[string]map[string]LockMode
}

func NewLockManager() *LockManager {
	return &LockManager{holders: map[string]map[string]LockMode{}}
}

func (lm *LockManager) Acquire(txn, res string, mode LockMode) error {
	h := lm.holders[res]
	if h == nil {
		h = map[string]LockMode{}
		lm.holders[res] = h
	}
	others := make([]string, 0, len(h))
	for t := range h {
		others = append(others, t)
	}
	sort.Strings(others)
	for _, other := range others {
		m := h[other]
		if other == txn {
			continue
		}
		if mode == Exclusive || m == Exclusive {
			return LockError{txn, other, res, mode}
		}
	}
	if h[txn] < mode {
		h[txn] = mode
	}
	return nil
}

func (lm *LockManager) ReleaseAll(txn string) {
	for _, h := range lm.holders {
		delete(h, txn)
	}
}

func (lm *LockManager) String() string {
	var parts []string
	for res, h := range lm.holders {
		var hs []string
		for t, m := range h {
			hs = append(hs, t+":"+m.String())
		}
		sort.Strings(hs)
		parts = append(parts, res+"{"+strings.Join(hs, ",")+"}")
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

func main() {
	lm := NewLockManager()
	steps := []struct {
		txn, res string
		mode     LockMode
	}{
		{"T1", "A", Shared}, {"T2", "A", Shared}, {"T2", "B", Exclusive},
		{"T1", "B", Shared}, {"T3", "A", Exclusive}, {"T1", "A", Exclusive},
	}
	for _, s := range steps {
		err := lm.Acquire(s.txn, s.res, s.mode)
		var le LockError
		if errors.As(err, &le) {
			fmt.Printf("WAIT  %v [holder=%s]\n", err, le.Holder)
			continue
		}
		fmt.Printf("GRANT %s %v(%s)  -> %v\n", s.txn, s.mode, s.res, lm)
	}
	lm.ReleaseAll("T2")
	fmt.Println("after T2 commit:", lm)
	fmt.Println(lm.Acquire("T1", "A", Exclusive), lm)
}
