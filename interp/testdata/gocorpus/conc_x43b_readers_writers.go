package main

import (
	"fmt"
	"strings"
	"sync"
)

// Database simulates the readers-writers problem with writer preference.
type Database struct {
	mu             sync.Mutex
	ok             *sync.Cond
	readers        int
	writing        bool
	waitingWriters int
	value          []string
}

func NewDatabase() *Database {
	d := &Database{}
	d.ok = sync.NewCond(&d.mu)
	return d
}

func (d *Database) StartRead() {
	d.mu.Lock()
	for d.writing || d.waitingWriters > 0 {
		d.ok.Wait()
	}
	d.readers++
	d.mu.Unlock()
}

func (d *Database) EndRead() {
	d.mu.Lock()
	d.readers--
	if d.readers == 0 {
		d.ok.Broadcast()
	}
	d.mu.Unlock()
}

func (d *Database) StartWrite() {
	d.mu.Lock()
	d.waitingWriters++
	for d.writing || d.readers > 0 {
		d.ok.Wait()
	}
	d.waitingWriters--
	d.writing = true
	d.mu.Unlock()
}

func (d *Database) EndWrite() {
	d.mu.Lock()
	d.writing = false
	d.ok.Broadcast()
	d.mu.Unlock()
}

func main() {
	db := NewDatabase()
	var wg sync.WaitGroup
	reads := make([]int, 4)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 4; i++ {
				db.StartWrite()
				db.value = append(db.value, fmt.Sprintf("w%d.%d", w, i))
				db.EndWrite()
			}
		}(w)
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				db.StartRead()
				reads[r] += len(db.value) - len(db.value)
				reads[r]++
				db.EndRead()
			}
		}(r)
	}
	wg.Wait()
	fmt.Println("entries:", len(db.value))
	fmt.Println("reads per reader:", reads)
	count := map[string]int{}
	for _, v := range db.value {
		count[v[:2]]++
	}
	fmt.Println(count)
	fmt.Println(strings.Count(strings.Join(db.value, ","), ","))
}
