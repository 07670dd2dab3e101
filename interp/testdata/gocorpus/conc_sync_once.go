// Exercises: sync.Once ensures initialization runs exactly once across goroutines.
package main

import (
	"fmt"
	"sync"
)

type Service struct {
	once  sync.Once
	conns int
	name  string
}

func (s *Service) init() {
	s.conns++
	s.name = "db-primary"
}

func (s *Service) Name() string {
	s.once.Do(s.init)
	return s.name
}

func main() {
	s := &Service{}
	var wg sync.WaitGroup
	names := make([]string, 20)
	for i := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			names[i] = s.Name()
		}()
	}
	wg.Wait()
	same := true
	for _, n := range names {
		same = same && n == "db-primary"
	}
	fmt.Println(same, s.conns)
}
