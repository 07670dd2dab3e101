package main

import (
	"fmt"
	"sort"
	"strings"
)

type request interface{ isReq() }

type getReq struct {
	name  string
	reply chan<- getResp
}
type setReq struct {
	name string
	val  int
	done chan<- struct{}
}
type dumpReq struct{ reply chan<- string }

type getResp struct {
	val int
	ok  bool
}

func (getReq) isReq()  {}
func (setReq) isReq()  {}
func (dumpReq) isReq() {}

type Env struct{ reqs chan request }

func StartEnv() (*Env, func()) {
	e := &Env{reqs: make(chan request)}
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		vars := map[string]int{}
		for r := range e.reqs {
			switch r := r.(type) {
			case getReq:
				v, ok := vars[r.name]
				r.reply <- getResp{v, ok}
			case setReq:
				vars[r.name] = r.val
				close(r.done)
			case dumpReq:
				keys := make([]string, 0, len(vars))
				for k := range vars {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				parts := make([]string, len(keys))
				for i, k := range keys {
					parts[i] = fmt.Sprintf("%s=%d", k, vars[k])
				}
				r.reply <- strings.Join(parts, ",")
			}
		}
	}()
	return e, func() { close(e.reqs); <-stopped }
}

func (e *Env) Get(name string) (int, bool) {
	ch := make(chan getResp)
	e.reqs <- getReq{name, ch}
	r := <-ch
	return r.val, r.ok
}

func (e *Env) Set(name string, v int) {
	done := make(chan struct{})
	e.reqs <- setReq{name, v, done}
	<-done
}

func (e *Env) Dump() string {
	ch := make(chan string)
	e.reqs <- dumpReq{ch}
	return <-ch
}

func main() {
	env, stop := StartEnv()
	defer stop()
	prog := []string{"x = 1", "y = 2", "z = x + y", "x = z + z", "w = q + 1", "y = y + x"}
	for _, line := range prog {
		lhs, rhs, _ := strings.Cut(line, " = ")
		parts := strings.Split(rhs, " + ")
		sum := 0
		ok := true
		for _, p := range parts {
			var n int
			if _, err := fmt.Sscanf(p, "%d", &n); err == nil {
				sum += n
				continue
			}
			v, found := env.Get(p)
			if !found {
				fmt.Printf("%s: undefined %s\n", line, p)
				ok = false
				break
			}
			sum += v
		}
		if ok {
			env.Set(lhs, sum)
		}
	}
	fmt.Println(env.Dump())
	results := make(chan string, 3)
	for i, name := range []string{"x", "y", "nope"} {
		go func() {
			v, ok := env.Get(name)
			results <- fmt.Sprintf("%d:%s=%d/%v", i, name, v, ok)
		}()
	}
	var out []string
	for range 3 {
		out = append(out, <-results)
	}
	sort.Strings(out)
	fmt.Println(out)
}
