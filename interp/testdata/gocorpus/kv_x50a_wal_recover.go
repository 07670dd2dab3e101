package main

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type WAL struct {
	buf  bytes.Buffer
	txid int
}

type Tx struct {
	w   *WAL
	id  int
	ops []string
}

func (w *WAL) Begin() *Tx {
	w.txid++
	return &Tx{w: w, id: w.txid}
}

func (t *Tx) Set(k, v string) { t.ops = append(t.ops, "SET "+k+" "+strconv.Quote(v)) }
func (t *Tx) Del(k string)    { t.ops = append(t.ops, "DEL "+k) }

func (t *Tx) Commit(crash bool) {
	fmt.Fprintf(&t.w.buf, "BEGIN %d\n", t.id)
	for _, op := range t.ops {
		fmt.Fprintf(&t.w.buf, "%d %s\n", t.id, op)
	}
	if !crash {
		fmt.Fprintf(&t.w.buf, "COMMIT %d\n", t.id)
	}
}

type recoveryError struct {
	line int
	text string
}

func (e *recoveryError) Error() string {
	return fmt.Sprintf("line %d: cannot parse %q", e.line, e.text)
}

func Recover(log string) (state map[string]string, applied []int, err error) {
	state = map[string]string{}
	pending := map[int][]string{}
	defer func() {
		if r := recover(); r != nil {
			re, ok := r.(*recoveryError)
			if !ok {
				panic(r)
			}
			err = re
		}
	}()
	sc := bufio.NewScanner(strings.NewReader(log))
	ln := 0
	for sc.Scan() {
		ln++
		f := strings.SplitN(sc.Text(), " ", 4)
		switch {
		case f[0] == "BEGIN":
			id, _ := strconv.Atoi(f[1])
			pending[id] = nil
		case f[0] == "COMMIT":
			id, _ := strconv.Atoi(f[1])
			for _, op := range pending[id] {
				parts := strings.SplitN(op, " ", 3)
				if parts[0] == "SET" {
					v, e := strconv.Unquote(parts[2])
					if e != nil {
						panic(&recoveryError{ln, op})
					}
					state[parts[1]] = v
				} else {
					delete(state, parts[1])
				}
			}
			delete(pending, id)
			applied = append(applied, id)
		default:
			id, e := strconv.Atoi(f[0])
			if e != nil || len(f) < 3 {
				panic(&recoveryError{ln, sc.Text()})
			}
			pending[id] = append(pending[id], strings.Join(f[1:], " "))
		}
	}
	return state, applied, nil
}

func dump(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%s;", k, m[k])
	}
	return sb.String()
}

func main() {
	w := &WAL{}
	t1 := w.Begin()
	t1.Set("a", "1")
	t1.Set("msg", "hello world")
	t1.Commit(false)
	t2 := w.Begin()
	t2.Set("a", "2")
	t2.Del("msg")
	t2.Commit(false)
	t3 := w.Begin()
	t3.Set("a", "999")
	t3.Set("b", "lost")
	t3.Commit(true)
	fmt.Print(w.buf.String())
	st, ids, err := Recover(w.buf.String())
	fmt.Println("state:", dump(st), "applied:", ids, "err:", err)
	bad := w.buf.String() + "garbage\n"
	st, ids, err = Recover(bad)
	fmt.Println("state:", dump(st), "applied:", ids, "err:", err)
	bad2 := "BEGIN 7\n7 SET k \"unterminated\nCOMMIT 7\n"
	_, _, err = Recover(bad2)
	fmt.Printf("%v | %T\n", err, err)
}
