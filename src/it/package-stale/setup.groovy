// the example's list; an edited copy (one authorization more) and a broken one
def example = new File(basedir, '../../../examples/src/main/lighthouse/customers.yaml').getText('UTF-8')
def dir = new File(basedir, 'src/main/lighthouse')
dir.mkdirs()
new File(dir, 'customers.yaml').text = example
def edited = example.replace('      - { principal: tier1, role: Security Reader }\n',
        '      - { principal: tier1, role: Security Reader }\n      - { principal: tier2, role: Security Reader }\n')
assert edited != example
new File(dir, 'edited.yaml').text = edited
new File(dir, 'broken.yaml').text = example.replace('role: Contributor\n  inject', 'role: Reader\n  inject')
return true
