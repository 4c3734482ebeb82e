// the example's customer list, which the tampered output was generated from
def example = new File(basedir, '../../../examples/src/main/lighthouse/customers.yaml')
def target = new File(basedir, 'src/main/lighthouse/customers.yaml')
target.parentFile.mkdirs()
target.text = example.getText('UTF-8')
// the list's SHA-256, as generate records it in the summary (so package gets past the staleness check to the rules)
def sha = java.security.MessageDigest.getInstance('SHA-256').digest(target.bytes).encodeHex().toString()
def summary = new File(basedir, 'tampered/lighthouse-summary.json')
summary.text = summary.getText('UTF-8').replaceFirst(/("customerList": "[^"]*",\n)/, '$1  "customerListSha256": "' + sha + '",\n')
assert summary.text.contains(sha)
return true
