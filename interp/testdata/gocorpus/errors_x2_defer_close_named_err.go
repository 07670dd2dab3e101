// Exercises: a deferred Close whose error is merged into the function's named error result.
package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name      string
	failOpen  bool
	failClose bool
	log       *[]string
}

func (r *Resource) Close() error {
	*r.log = append(*r.log, "close "+r.name)
	if r.failClose {
		return errors.New("close " + r.name + " failed")
	}
	return nil
}

func open(name string, failOpen, failClose bool, log *[]string) (*Resource, error) {
	if failOpen {
		return nil, fmt.Errorf("open %s: denied", name)
	}
	*log = append(*log, "open "+name)
	return &Resource{name: name, failClose: failClose, log: log}, nil
}

func process(name string, failOpen, failWork, failClose bool, log *[]string) (err error) {
	r, err := open(name, failOpen, failClose, log)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := r.Close(); cerr != nil {
			err = errors.Join(err, cerr)
		}
	}()
	if failWork {
		return errors.New("work on " + name + " failed")
	}
	*log = append(*log, "work "+name)
	return nil
}

func main() {
	cases := [][3]bool{{false, false, false}, {true, false, false}, {false, true, false}, {false, false, true}, {false, true, true}}
	for i, c := range cases {
		var log []string
		err := process(fmt.Sprint("r", i), c[0], c[1], c[2], &log)
		fmt.Printf("case %d: log=%v\n  err=%q\n", i, log, fmt.Sprint(err))
	}
}
