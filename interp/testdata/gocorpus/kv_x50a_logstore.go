package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"sort"
)

const (
	opPut byte = 1
	opDel byte = 2
)

type LogStore struct {
	log   bytes.Buffer
	index map[string]int64
}

func NewLogStore() *LogStore { return &LogStore{index: make(map[string]int64)} }

func (s *LogStore) append(op byte, key, val string) {
	off := int64(s.log.Len())
	var hdr [9]byte
	hdr[0] = op
	binary.LittleEndian.PutUint32(hdr[1:5], uint32(len(key)))
	binary.LittleEndian.PutUint32(hdr[5:9], uint32(len(val)))
	body := append(hdr[:], key...)
	body = append(body, val...)
	var sum [4]byte
	binary.LittleEndian.PutUint32(sum[:], crc32.ChecksumIEEE(body))
	s.log.Write(sum[:])
	s.log.Write(body)
	if op == opPut {
		s.index[key] = off
	} else {
		delete(s.index, key)
	}
}

func (s *LogStore) Put(k, v string) { s.append(opPut, k, v) }
func (s *LogStore) Delete(k string) { s.append(opDel, k, "") }

var ErrCorrupt = errors.New("corrupt record")

func readRecord(r io.Reader) (op byte, key, val string, n int, err error) {
	var head [13]byte
	if _, err = io.ReadFull(r, head[:]); err != nil {
		return
	}
	kl := binary.LittleEndian.Uint32(head[5:9])
	vl := binary.LittleEndian.Uint32(head[9:13])
	rest := make([]byte, kl+vl)
	if _, err = io.ReadFull(r, rest); err != nil {
		return
	}
	h := crc32.NewIEEE()
	h.Write(head[4:])
	h.Write(rest)
	if h.Sum32() != binary.LittleEndian.Uint32(head[:4]) {
		err = ErrCorrupt
		return
	}
	return head[4], string(rest[:kl]), string(rest[kl:]), 13 + len(rest), nil
}

func (s *LogStore) Get(k string) (string, bool) {
	off, ok := s.index[k]
	if !ok {
		return "", false
	}
	_, _, v, _, err := readRecord(bytes.NewReader(s.log.Bytes()[off:]))
	if err != nil {
		panic(err)
	}
	return v, true
}

func (s *LogStore) Compact() {
	keys := make([]string, 0, len(s.index))
	for k := range s.index {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fresh := NewLogStore()
	for _, k := range keys {
		v, _ := s.Get(k)
		fresh.Put(k, v)
	}
	*s = *fresh
}

func replay(data []byte) (map[string]string, error) {
	m := map[string]string{}
	r := bytes.NewReader(data)
	for {
		op, k, v, _, err := readRecord(r)
		if err == io.EOF {
			return m, nil
		}
		if err != nil {
			return m, err
		}
		if op == opPut {
			m[k] = v
		} else {
			delete(m, k)
		}
	}
}

func main() {
	s := NewLogStore()
	s.Put("user:1", "alice")
	s.Put("user:2", "bob")
	s.Put("user:1", "alicia")
	s.Put("cfg", "dark")
	s.Delete("user:2")
	for _, k := range []string{"user:1", "user:2", "cfg"} {
		v, ok := s.Get(k)
		fmt.Printf("get %-7s -> %q %v\n", k, v, ok)
	}
	fmt.Println("log size before compaction:", s.log.Len())
	m, err := replay(s.log.Bytes())
	fmt.Println("replay:", m, err)
	s.Compact()
	fmt.Println("log size after compaction:", s.log.Len(), "index:", s.index)
	data := append([]byte(nil), s.log.Bytes()...)
	data[len(data)-1] ^= 0xff
	m, err = replay(data)
	fmt.Println("corrupted replay:", m, err, errors.Is(err, ErrCorrupt))
	m, err = replay(data[:len(data)-3])
	fmt.Println("truncated replay:", m, err)
}
