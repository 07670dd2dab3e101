package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"strings"
	"sync"
)

type File struct {
	Name string
	Data string
}

type Digest struct {
	Name string
	Size int
	CRC  uint32
	SHA  string
}

func main() {
	var files []File
	for i := range 12 {
		files = append(files, File{fmt.Sprintf("part-%03d.dat", i), strings.Repeat(string(rune('a'+i)), (i+1)*100)})
	}
	out := make([]Digest, len(files))
	sem := make(chan struct{}, 3)
	var wg sync.WaitGroup
	var mu sync.Mutex
	maxInFlight, inFlight := 0, 0
	for i, f := range files {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			mu.Lock()
			inFlight++
			maxInFlight = max(maxInFlight, inFlight)
			mu.Unlock()
			sum := sha256.Sum256([]byte(f.Data))
			out[i] = Digest{f.Name, len(f.Data), crc32.ChecksumIEEE([]byte(f.Data)), hex.EncodeToString(sum[:4])}
			mu.Lock()
			inFlight--
			mu.Unlock()
		}()
	}
	wg.Wait()
	total := 0
	for _, d := range out {
		total += d.Size
		fmt.Printf("%s %5d %08x %s\n", d.Name, d.Size, d.CRC, d.SHA)
	}
	fmt.Println("total", total, "bounded", maxInFlight <= 3)
	h := sha256.New()
	for _, d := range out {
		fmt.Fprintf(h, "%s:%x;", d.Name, d.CRC)
	}
	fmt.Printf("manifest %x\n", h.Sum(nil)[:8])
}
