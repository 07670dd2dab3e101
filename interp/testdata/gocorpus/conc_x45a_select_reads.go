package main

import (
	"fmt"
	"strings"
	"sync"
)

type Read struct {
	ID  int
	Seq string
}

func producer(name string, seqs []string, out chan<- Read, base int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i, s := range seqs {
		out <- Read{ID: base + i, Seq: s}
	}
	_ = name
}

func main() {
	good := make(chan Read)
	bad := make(chan Read)
	done := make(chan struct{})
	raw := make(chan Read)

	var pw sync.WaitGroup
	pw.Add(2)
	go producer("lane1", []string{"ACGT", "NNNN", "GGCA", "ACNT"}, raw, 0, &pw)
	go producer("lane2", []string{"TTTA", "CCGN", "GATC"}, raw, 100, &pw)
	go func() {
		pw.Wait()
		close(raw)
	}()

	go func() {
		for r := range raw {
			if strings.ContainsRune(r.Seq, 'N') {
				bad <- r
			} else {
				good <- r
			}
		}
		close(done)
	}()

	var passed, failed []Read
loop:
	for {
		select {
		case r := <-good:
			passed = append(passed, r)
		case r := <-bad:
			failed = append(failed, r)
		case <-done:
			break loop
		}
	}
	sortReads := func(rs []Read) {
		for i := 1; i < len(rs); i++ {
			for j := i; j > 0 && rs[j].ID < rs[j-1].ID; j-- {
				rs[j], rs[j-1] = rs[j-1], rs[j]
			}
		}
	}
	sortReads(passed)
	sortReads(failed)
	fmt.Println("passed:")
	for _, r := range passed {
		fmt.Printf("  %3d %s\n", r.ID, r.Seq)
	}
	fmt.Println("failed:")
	for _, r := range failed {
		fmt.Printf("  %3d %s (%d N)\n", r.ID, r.Seq, strings.Count(r.Seq, "N"))
	}
	timeout := make(chan int, 1)
	select {
	case v := <-timeout:
		fmt.Println("got", v)
	default:
		fmt.Println("no value ready")
	}
	fmt.Printf("%d/%d reads passed QC\n", len(passed), len(passed)+len(failed))
}
