package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sync"
)

type Hash [32]byte

func (h Hash) String() string { return hex.EncodeToString(h[:])[:12] }

func leafHash(data []byte) Hash {
	return sha256.Sum256(append([]byte{0}, data...))
}

func nodeHash(l, r Hash) Hash {
	buf := make([]byte, 0, 65)
	buf = append(buf, 1)
	buf = append(buf, l[:]...)
	buf = append(buf, r[:]...)
	return sha256.Sum256(buf)
}

func buildLevels(blocks [][]byte) [][]Hash {
	leaves := make([]Hash, len(blocks))
	var wg sync.WaitGroup
	for i, b := range blocks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			leaves[i] = leafHash(b)
		}()
	}
	wg.Wait()
	levels := [][]Hash{leaves}
	for cur := leaves; len(cur) > 1; {
		var next []Hash
		for i := 0; i < len(cur); i += 2 {
			if i+1 < len(cur) {
				next = append(next, nodeHash(cur[i], cur[i+1]))
			} else {
				next = append(next, cur[i])
			}
		}
		levels = append(levels, next)
		cur = next
	}
	return levels
}

type ProofStep struct {
	Sibling Hash
	Left    bool
}

func proof(levels [][]Hash, idx int) []ProofStep {
	var steps []ProofStep
	for _, lvl := range levels[:len(levels)-1] {
		sib := idx ^ 1
		if sib < len(lvl) {
			steps = append(steps, ProofStep{lvl[sib], sib < idx})
		}
		idx /= 2
	}
	return steps
}

func verify(root Hash, data []byte, steps []ProofStep) bool {
	h := leafHash(data)
	for _, s := range steps {
		if s.Left {
			h = nodeHash(s.Sibling, h)
		} else {
			h = nodeHash(h, s.Sibling)
		}
	}
	return bytes.Equal(h[:], root[:])
}

func main() {
	blocks := [][]byte{}
	for _, s := range []string{"tx:alice->bob:5", "tx:bob->carol:2", "tx:carol->dan:1", "tx:dan->alice:7", "tx:eve->bob:3"} {
		blocks = append(blocks, []byte(s))
	}
	levels := buildLevels(blocks)
	for i, lvl := range levels {
		fmt.Printf("level %d: %v\n", i, lvl)
	}
	root := levels[len(levels)-1][0]
	fmt.Println("root:", root)
	for _, i := range []int{0, 3, 4} {
		p := proof(levels, i)
		fmt.Printf("block %d proof len %d valid=%v tampered=%v\n", i, len(p), verify(root, blocks[i], p), verify(root, []byte("forged"), p))
	}
	results := make(chan string, len(blocks))
	var wg sync.WaitGroup
	for i := range blocks {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results <- fmt.Sprintf("%d:%v", i, verify(root, blocks[i], proof(levels, i)))
		}(i)
	}
	wg.Wait()
	close(results)
	count := 0
	for r := range results {
		if r[len(r)-4:] == "true" {
			count++
		}
	}
	fmt.Println("verified", count, "of", len(blocks))
}
