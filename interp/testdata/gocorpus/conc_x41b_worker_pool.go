package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Job struct {
	ID      int
	Payload string
}

type JobResult struct {
	JobID  int
	Output string
	Worker int
	Err    error
}

type WorkerPool struct {
	workers   int
	jobs      chan Job
	results   chan JobResult
	wg        sync.WaitGroup
	processed atomic.Int64
	handler   func(Job) (string, error)
}

func NewWorkerPool(workers int, handler func(Job) (string, error)) *WorkerPool {
	return &WorkerPool{
		workers: workers,
		jobs:    make(chan Job),
		results: make(chan JobResult, 100),
		handler: handler,
	}
}

func (p *WorkerPool) Start() {
	for w := 1; w <= p.workers; w++ {
		p.wg.Add(1)
		go p.run(w)
	}
	go func() {
		p.wg.Wait()
		close(p.results)
	}()
}

func (p *WorkerPool) run(id int) {
	defer p.wg.Done()
	for job := range p.jobs {
		out, err := p.safeHandle(job)
		p.processed.Add(1)
		p.results <- JobResult{JobID: job.ID, Output: out, Worker: id, Err: err}
	}
}

func (p *WorkerPool) safeHandle(j Job) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("job %d panicked: %v", j.ID, r)
		}
	}()
	return p.handler(j)
}

func (p *WorkerPool) Submit(j Job) { p.jobs <- j }
func (p *WorkerPool) Close()       { close(p.jobs) }
func (p *WorkerPool) Results() <-chan JobResult {
	return p.results
}

func main() {
	pool := NewWorkerPool(3, func(j Job) (string, error) {
		if j.Payload == "" {
			return "", fmt.Errorf("job %d: empty payload", j.ID)
		}
		if j.Payload == "boom" {
			panic("exploded")
		}
		return strings.ToUpper(j.Payload) + strings.Repeat("!", j.ID%3), nil
	})
	pool.Start()
	go func() {
		words := []string{"alpha", "beta", "", "gamma", "boom", "delta", "epsilon", "zeta"}
		for i, w := range words {
			pool.Submit(Job{ID: i + 1, Payload: w})
		}
		pool.Close()
	}()
	var results []JobResult
	workersUsed := map[int]bool{}
	for r := range pool.Results() {
		results = append(results, r)
		workersUsed[r.Worker] = true
	}
	sort.Slice(results, func(i, j int) bool { return results[i].JobID < results[j].JobID })
	ok, failed := 0, 0
	for _, r := range results {
		if r.Err != nil {
			failed++
			fmt.Printf("job %d failed: %v\n", r.JobID, r.Err)
			continue
		}
		ok++
		fmt.Printf("job %d -> %s\n", r.JobID, r.Output)
	}
	fmt.Println("ok:", ok, "failed:", failed, "processed:", pool.processed.Load())
	fmt.Println("some worker used:", len(workersUsed) >= 1)
}
